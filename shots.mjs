import { chromium } from 'playwright';
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox','--disable-gpu','--disable-background-networking','--disable-component-update'] });
const pages = JSON.parse(process.argv[2]);
for (const [n, u, w, full] of pages) {
  const p = await b.newPage({ viewport: { width: w, height: w === 390 ? 844 : 900 } });
  await p.goto('http://127.0.0.1:4400' + u); await p.waitForTimeout(700);
  await p.screenshot({ path: `/tmp/shots/${n}-${w}.png`, fullPage: !!full });
  await p.close();
}
await b.close();
