import { defineConfig, type Plugin } from 'vite';

/** `npm start` serves the demo pages; `/` leads to the demo's index. */
const demoHome: Plugin = {
  name: 'tend-demo-home',
  configureServer(server) {
    server.middlewares.use((req, res, next) => {
      if (req.url === '/' || req.url === '/index.html') {
        res.statusCode = 302;
        res.setHeader('Location', '/demo/');
        res.end();
        return;
      }
      next();
    });
  },
};

export default defineConfig({
  plugins: [demoHome],
  server: { port: 5173, host: '127.0.0.1' },
  build: {
    outDir: 'demo-dist',
    emptyOutDir: true,
    rolldownOptions: {
      input: {
        index: 'demo/index.html',
        blog: 'demo/blog.html',
        practice: 'demo/practice.html',
        'host-app': 'demo/host-app.html',
      },
    },
  },
});
