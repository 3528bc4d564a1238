import { render } from 'preact';
import { App } from './App';
import { resolveTabId } from './tab-id';
import './theme.css';
import './popup.css';

void resolveTabId(location.search).then((tabId) => render(<App tabId={tabId} />, document.getElementById('app')!));
