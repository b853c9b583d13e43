import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { HeaderKlien } from '@capaian/contract/common';
import { chromium, request, type APIRequestContext, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';

export const DEMO_PASSWORD = 'capaian2026';

/**
 * The header every Capaian client sends; the server refuses writes without it (403
 * 'asal_ditolak'). Tests that call the API directly (request contexts, `page.request`) add it;
 * browser contexts never do — the web app must send it by itself.
 */
export const KLIEN: Readonly<Record<HeaderKlien, string>> = { 'x-capaian': '1' };
export const NIP = {
  pelaksana: '199003172015031001',
  perawat: '199201152017032001',
  pengawas: '198002112006042003',
  adminBkpsdm: '198407152009011002',
} as const;

const screenshots = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/screenshots');

/** One headless Chromium per test file (Debian's build; no browser download). */
export function useBrowser() {
  const state: { browser?: Browser } = {};
  beforeAll(async () => {
    state.browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });
  afterAll(async () => {
    await state.browser?.close();
  });
  return {
    baseUrl: () => inject('baseUrl'),
    async context(viewport = { width: 1280, height: 800 }, options: BrowserContextOptions = {}): Promise<BrowserContext> {
      if (!state.browser) throw new Error('browser not started');
      // Reduced motion: the app's transitions finish at once, so a test waits for what it needs
      // (an element shown or gone) and never for an animation.
      return state.browser.newContext({ viewport, baseURL: inject('baseUrl'), locale: 'id-ID', reducedMotion: 'reduce', ...options });
    },
  };
}

export async function login(page: Page, nip: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await page.getByLabel('NIP').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(screenshots, { recursive: true });
  await page.screenshot({ path: path.join(screenshots, `${name}.png`), animations: 'disabled' });
}

/** A signed-in API client (its own cookie jar) that sends what the browser would (Origin, the client header). */
export async function apiAs(baseURL: string, nip: string, password = DEMO_PASSWORD): Promise<APIRequestContext> {
  const ctx = await request.newContext({ baseURL, extraHTTPHeaders: { origin: baseURL, ...KLIEN } });
  const res = await ctx.post('/api/v1/auth/login', { data: { nip, password } });
  expect(res.status(), await res.text()).toBe(200);
  return ctx;
}

/** An API answer's JSON, after checking its status (the body is shown when it differs). */
export async function json<T>(res: { status(): number; text(): Promise<string> }, status = 200): Promise<T> {
  const text = await res.text();
  expect(res.status(), text).toBe(status);
  return JSON.parse(text) as T;
}

/** A 360-px phone screen (the smallest the app is built for). */
export const PHONE = { width: 360, height: 740 };
/** The machine may be busy: give the app time before a wait gives up. */
export const WAIT = { timeout: 30_000 };
/** How wide the page is drawn (more than the screen means sideways scrolling). */
export const lebarHalaman = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth);

/** Signs in and waits for the first page (the profile). */
export async function masukProfil(page: Page, nip: string) {
  await login(page, nip);
  await page.getByRole('heading', { name: 'Beranda', exact: true }).waitFor(WAIT);
}
