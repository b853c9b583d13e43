import { describe, expect, it } from 'vitest';
import * as api from './index';

describe('public API', () => {
  it('exports the rules by name', () => {
    for (const name of [
      'predikatKinerja', 'ratingHasilKerjaPimpinan', 'RATINGS', 'PREDIKATS', 'CAPAIAN_ORGANISASI',
      'RATING_LABEL', 'PREDIKAT_LABEL', 'CAPAIAN_ORGANISASI_LABEL',
      'checkKurvaDistribusi', 'distribusiPredikat', 'DEFAULT_KURVA_RULES', 'KurvaRuleSetSchema',
      'angkaKredit', 'akumulasiAngkaKredit', 'kebutuhanAngkaKredit', 'KEBUTUHAN_ANGKA_KREDIT', 'JENJANG_LABEL',
      'suggestRatingHasilKerja', 'DEFAULT_SUGGEST_THRESHOLDS',
      'periodsOf', 'periodeTahunan', 'keberatanDeadline', 'isKeberatanOpen', 'todayIn', 'DeadlineConfigSchema',
      'defineWorkflow', 'transition', 'allowedActions', 'SKP_WORKFLOW', 'EVALUASI_WORKFLOW', 'KEBERATAN_WORKFLOW', 'KEBERATAN_HASIL',
      'parseNip', 'parseNipPppk', 'parseNipAsn', 'nipError', 'formatNip',
      'validateJabatan', 'validateGolongan', 'pangkatOf', 'GOLONGAN_PNS', 'GOLONGAN_PPPK',
      'hitungTpp', 'TppConfigSchema', 'DEFAULT_TPP_CONFIG', 'BERAKHLAK', 'DomainError',
    ]) {
      expect(api, name).toHaveProperty(name);
    }
  });
});
