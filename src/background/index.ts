// The service worker: one module per feature, each registering its listeners synchronously at import
// (MV3 workers are woken by events and must find their listeners in place). Each feature handles only
// its own message types, so features do not step on each other.
import './scan';
import './menus-and-commands';
import './auto-scan';
import './forget';
import './memory';
import './signals';
