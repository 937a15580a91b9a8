import { describe, expect, it } from 'vitest';
import { allRemarques, CSV_COLUMNS, remarquesToCsv, remarquesToJson } from '../../src/storage/export.js';
import { openSqliteStorage } from '../../src/storage/sqlite.js';
import type { Remarque } from '../../src/storage/types.js';
import { remarque } from './helpers.js';

const base: Remarque = {
  id: 7,
  createdAt: '2024-05-10T12:05:00.000Z',
  updatedAt: '2024-05-11T08:00:00.000Z',
  status: 'a-transmettre',
  kind: 'unanswered',
  text: 'Où est la "maison du projet" ; ouverte le samedi ?\nMerci',
  note: null,
  locale: 'fr',
  channel: 'webchat',
  topic: 'vie-du-quartier',
  score: 0.4213,
  entryId: null,
};

describe('CSV export', () => {
  const csv = remarquesToCsv([base, { ...base, id: 8, status: 'traitee', kind: 'not-helpful', score: null, note: '=HYPERLINK("http://x")', entryId: 'bus-sante', text: '-1 ou +1 ?' }]);

  it('starts with a BOM and uses ; and CRLF, every field quoted', () => {
    expect(csv.startsWith('\uFEFF"n°";"date";"statut";"type";"thème";"texte";"note";"fiche concernée"\r\n')).toBe(true);
    expect(CSV_COLUMNS).toHaveLength(8);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes French labels, Paris time and escaped quotes, and no score (it means nothing to a reader)', () => {
    const firstRow = csv.split('\r\n')[1];
    expect(firstRow).toBe('"7";"2024-05-10 14:05";"à transmettre";"sans réponse";"vie-du-quartier";' + '"Où est la ""maison du projet"" ; ouverte le samedi ?\nMerci";"";""');
  });

  it('names topics and entries by their labels when given them', () => {
    const labelled = remarquesToCsv([{ ...base, entryId: 'bus-sante' }], { topic: () => 'Vie du quartier', entry: () => 'Le bus santé pour les femmes' });
    expect(labelled.split('\r\n')[1]).toBe('"7";"2024-05-10 14:05";"à transmettre";"sans réponse";"Vie du quartier";' + '"Où est la ""maison du projet"" ; ouverte le samedi ?\nMerci";"";"Le bus santé pour les femmes"');
  });

  it('neutralises cells a spreadsheet would run as formulas', () => {
    const secondRow = csv.split('\r\n').slice(2).join('\r\n');
    expect(secondRow).toBe(
      '"8";"2024-05-10 14:05";"traitée";"réponse pas utile";"vie-du-quartier";"\'-1 ou +1 ?";"\'=HYPERLINK(""http://x"")";"bus-sante"\r\n',
    );
  });

  it('has only the header for no remarque', () => {
    expect(remarquesToCsv([])).toBe('\uFEFF"n°";"date";"statut";"type";"thème";"texte";"note";"fiche concernée"\r\n');
  });
});

describe('JSON export', () => {
  it('gives the remarques back as stored', () => {
    expect(JSON.parse(remarquesToJson([base]))).toEqual([base]);
  });
});

describe('allRemarques', () => {
  it('fetches every match across pages, newest first', async () => {
    const storage = openSqliteStorage(':memory:');
    for (let i = 0; i < 1005; i++) await storage.remarques.add(remarque({ text: `n° ${i}`, kind: i % 2 ? 'suggestion' : 'unanswered' }));
    const all = await allRemarques(storage.remarques);
    expect(all).toHaveLength(1005);
    expect(all[0]?.text).toBe('n° 1004');
    expect(new Set(all.map((r) => r.id)).size).toBe(1005);
    expect(await allRemarques(storage.remarques, { kind: ['suggestion'], limit: 3 })).toHaveLength(502);
    await storage.close();
  });
});
