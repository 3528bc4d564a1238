import { render } from 'preact';
import { App } from './App';
import '../popup/theme.css';
import '../options/options.css';

render(<App />, document.getElementById('app')!);
