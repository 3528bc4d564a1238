import { render } from 'preact';
import { App } from './App';
import { t } from '../shared/i18n';
import { resolveTabId } from './tab-id';

document.title = t('common_extName');
void resolveTabId(location.search).then((tabId) => render(<App tabId={tabId} />, document.getElementById('app')!));
