import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const root = fileURLToPath(new URL('./renderer', import.meta.url));

export default defineConfig({
  root,
  // Relative asset URLs: the desktop app loads the interface from file://.
  base: './',
  plugins: [react()],
  build: {
    outDir: fileURLToPath(new URL('./dist/renderer', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    // Readable function names in CPU profiles of the plan bench (PLAN_SCREEN_PROFILE).
    ...(process.env.FAIRFLOOR_NO_MINIFY ? { minify: false } : {}),
    rollupOptions: {
      // The organizer's app, and the staff page phones open over the venue's Wi-Fi.
      input: { main: `${root}/index.html`, staff: `${root}/staff.html` },
    },
  },
});
