import { describe, expect, it } from 'vitest';
import { useBrowser } from './browser.js';

const b = useBrowser();

describe('first load', () => {
  it('ships at most 250 KB of gzipped JavaScript for the login page', async () => {
    const ctx = await b.context({ width: 360, height: 740 });
    const page = await ctx.newPage();
    const js: Array<Promise<number>> = [];
    page.on('response', (res) => {
      if (res.request().resourceType() === 'script')
        js.push(
          res.request()
            .sizes()
            .then((s) => {
              // The server gzips assets: what crossed the wire is the gzipped body.
              expect(res.headers()['content-encoding']).toBe('gzip');
              return s.responseBodySize;
            }),
        );
    });
    await page.goto('/masuk', { waitUntil: 'networkidle' });
    await page.getByLabel('NIP').waitFor();
    const sizes = await Promise.all(js);
    const total = sizes.reduce((a, n) => a + n, 0);
    console.log(`login page: ${sizes.length} scripts, ${(total / 1024).toFixed(1)} KB gzipped`);
    expect(sizes.length).toBeGreaterThan(0);
    expect(total).toBeLessThanOrEqual(250 * 1024);
    await ctx.close();
  });
});
