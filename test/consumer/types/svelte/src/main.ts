import { mount } from 'svelte';
import 'tend-widgets';
import 'tend-widgets/svelte';
import App from './App.svelte';
import Legacy from './Legacy.svelte';

mount(App, { target: document.body });
mount(Legacy, { target: document.body });
