import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';

const target = document.getElementById('app');
if (!target) throw new Error('index.html lacks the #app element');

// The page's own notice for a copy that did not start (opened from disk); this one started.
document.getElementById('served-over-http')?.remove();

export default mount(App, { target });
