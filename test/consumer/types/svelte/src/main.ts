import { mount } from 'svelte';
import 'tend-widgets';
import 'tend-widgets/svelte';
import App from './App.svelte';

mount(App, { target: document.body });
