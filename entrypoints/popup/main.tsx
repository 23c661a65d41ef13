import { render } from 'preact';
import { App, loadView } from './App';

// Ask the worker first: it answers while Preact renders the loading state.
const first = loadView();
render(<App first={first} />, document.getElementById('app')!);
