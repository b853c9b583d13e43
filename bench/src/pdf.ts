/**
 * Benchmark: how many Formulir SKP PDFs one core renders per second.
 *   npx tsx bench/src/pdf.ts            (BENCH_SECONDS=5 by default)
 * Renders the same 10-RHK × 3-indicator SKP sequentially, after a warm-up. Target: ≥ 20 PDFs/s.
 */
import { contohSkpDokumen, rhkTambahan } from '../../server/src/dokumen/skp-contoh.js';
import { renderSkpPdf } from '../../server/src/dokumen/skp-pdf.js';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 5);
const WARMUP = 20;
const TARGET = 20;

async function main() {
  const skp = contohSkpDokumen({ hasilKerja: rhkTambahan(10, 3) });
  let bytes = 0;
  for (let i = 0; i < WARMUP; i++) bytes = (await renderSkpPdf(skp)).length;

  let count = 0;
  const start = performance.now();
  const end = start + SECONDS * 1000;
  while (performance.now() < end) {
    await renderSkpPdf(skp);
    count++;
  }
  const elapsed = (performance.now() - start) / 1000;
  const perSecond = count / elapsed;
  console.log(`Formulir SKP (10 RHK × 3 IKI, ${(bytes / 1024).toFixed(1)} KiB): ${count} PDFs in ${elapsed.toFixed(2)} s`);
  console.log(`${perSecond.toFixed(1)} PDFs/s, ${((elapsed * 1000) / count).toFixed(2)} ms per PDF (target ≥ ${TARGET}/s on one core)`);
  if (perSecond < TARGET) process.exitCode = 1;
}

await main();
