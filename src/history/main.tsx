import { render } from 'preact';
import { App } from './App';
import '../popup/theme.css';

render(<App />, document.getElementById('app')!);
