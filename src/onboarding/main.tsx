import { render } from 'preact';
import { App } from './App';
import { t } from '../shared/i18n';

document.title = t('onboarding_title');
render(<App />, document.getElementById('app')!);
