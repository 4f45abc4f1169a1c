import { findBrokenLinks } from './src/checks/links.ts';

const dist = process.argv[2];
for (let i = 0; i < 3; i++) {
  const t = performance.now();
  const broken = await findBrokenLinks(dist, 'https://ladder.example.com/');
  console.log('check', ((performance.now() - t) / 1000).toFixed(2), broken.length);
}
