// The options page's "Forget everything" button: the background does the work so the page can close
// while it runs, and because the worker owns the dynamic content scripts.
import { handleMessages } from '../shared/messaging';
import { forgetEverything } from '../shared/forget';

handleMessages({
  'options/forget-everything': () => forgetEverything(),
});
