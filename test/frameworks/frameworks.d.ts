// Types of the bundle written by test/frameworks/bundle.mjs.
declare module '*/.generated/frameworks.js' {
  export * as React from 'react';
  export * as ReactDOMClient from 'react-dom/client';
  export * as Vue from 'vue';
}
