/**
 * web-test-runner's own commands in WebKit (a web-test-runner plugin for the config's plugins).
 * Its built-in send-keys and set-viewport commands support only "press" and "type" through
 * WebDriver, and no viewport; and, being built in, they answer before any plugin of ours. So this
 * plugin hands those two commands to the WebKit launcher (scripts/webkit-launcher.mjs) when the
 * session runs in WebKit, and leaves Chromium and Firefox to the built-in code.
 */
import { WebKitLauncher } from './webkit-launcher.mjs';

function webkitCommand({ command, payload, session }) {
  const browser = session.browser;
  if (command === 'send-keys') {
    if (typeof payload?.type === 'string') return browser.sendKeys(session.id, payload.type.split(''));
    if (typeof payload?.press === 'string') return browser.sendKeys(session.id, [payload.press]);
    if (typeof payload?.down === 'string') return browser.keyDown(session.id, payload.down);
    if (typeof payload?.up === 'string') return browser.keyUp(session.id, payload.up);
    throw new Error(`WebKit: send-keys needs type, press, down or up (got ${JSON.stringify(payload)})`);
  }
  if (command === 'set-viewport') return browser.setViewport(session.id, payload);
  return undefined;
}

export function webkitCommands() {
  return {
    name: 'tend-webkit-commands',
    serverStart({ config }) {
      for (const plugin of config.plugins ?? []) {
        if (plugin === this || typeof plugin.executeCommand !== 'function') continue;
        if (plugin.name !== 'send-keys-command' && plugin.name !== 'set-viewport-command') continue;
        const builtIn = plugin.executeCommand.bind(plugin);
        plugin.executeCommand = async (args) => {
          if (!(args.session.browser instanceof WebKitLauncher)) return builtIn(args);
          const done = webkitCommand(args);
          if (done === undefined) return builtIn(args);
          await done;
          return true;
        };
      }
    },
  };
}
