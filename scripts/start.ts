/**
 * `npm start` (built web app) and `npm run dev` (Vite): the whole of Stafett on this machine with
 * the embedded database (or DATABASE_URL), demo data and the demo sign-in.
 */
import { startStack } from './stack';

const dev = process.argv.includes('--dev');
const stack = await startStack({ web: dev ? 'dev' : 'build' });
console.log(`
  Stafett kjører på ${stack.webUrl}
  Innlogging: testpersoner på ${stack.idpUrl} (lokal erstatning for ID-porten)
  API: ${stack.webUrl}/api/reference
  E-post: ${stack.mailDir} (sendes bare med DATABASE_URL)
  Stopp med Ctrl+C.
`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void stack.stop().then(() => process.exit(0)));
}
