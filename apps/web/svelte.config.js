import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Absolute links (/oslo/hjem) rather than ones relative to the page being rendered.
    paths: { relative: false },
  },
};

export default config;
