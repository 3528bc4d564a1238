// Runs on every page where automatic scanning is allowed. It must stay tiny: it only asks
// "is this a legal page?" and tells the background, which decides whether to load the real content script.
import { looksLegal } from './legal-page';
import { sendToBackground } from '../shared/messaging';

void sendToBackground('content/probe', { url: location.href, legal: looksLegal(document, location.href) }).then(
  ({ scan }) => {
    if (scan || document.documentElement.hasAttribute('data-fine-print')) return;
    document.documentElement.setAttribute('data-fine-print', 'not-legal');
    document.documentElement.setAttribute('data-fine-print-findings', '0');
  },
);
