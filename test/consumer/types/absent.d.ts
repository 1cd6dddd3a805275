// Stands for a framework this app does not install: its tsconfig "paths" send the name here, so that
// the one install the fixtures share cannot hide a declaration that works only when that framework is there.
export {};
