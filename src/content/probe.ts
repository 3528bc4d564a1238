// Runs on every page where automatic scanning is allowed. It must stay tiny: it only asks
// "is this a legal page?" and, if so, asks the background to load the real content script.
import { looksLegal } from './legal-page';
import { sendToBackground } from '../shared/messaging';

if (looksLegal(document, location.href)) {
  void sendToBackground('content/legal-page', { url: location.href });
} else {
  document.documentElement.setAttribute('data-fine-print', 'not-legal');
  document.documentElement.setAttribute('data-fine-print-findings', '0');
}
