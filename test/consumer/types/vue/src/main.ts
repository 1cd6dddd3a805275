import { createApp } from 'vue';
import 'tend-widgets';
import 'tend-widgets/vue';
import App from './App.vue';

createApp(App).mount('#app');
