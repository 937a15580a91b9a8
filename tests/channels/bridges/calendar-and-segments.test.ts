/**
 * The agenda as iCalendar (real actions only, never the sample data) and the SMS segment arithmetic (GSM-7 versus
 * UCS-2) the SMS bridge budgets with.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fitSegments, segmentsOf, toGsm } from '../../../src/channels/sms/segments.js';
import { addRealAction, startHarness, type Harness } from './harness.js';

describe('agenda iCalendar feed', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ PUBLIC_URL: 'https://assistant.example.fr' });
    await addRealAction(h.assistant);
  });
  afterAll(async () => {
    await h.close();
  });

  it('publishes real actions only, never the sample agenda', async () => {
    const response = await fetch(`${h.url}/agenda.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/calendar/);
    const body = await response.text();
    expect(body).toMatch(/^BEGIN:VCALENDAR/);
    expect(body).toContain('SUMMARY:Atelier numérique');
    expect(body).toContain('DTSTART:20261210T130000Z');
    expect(body).toContain('UID:atelier-numerique-decembre-2026-12-10@assistant.example.fr');
    expect(body).not.toMatch(/Exemple|Example/);
  });

  it("serves one action's file, and 404 for an unknown or sample action", async () => {
    const one = await fetch(`${h.url}/agenda/atelier-numerique-decembre.ics`);
    expect(one.status).toBe(200);
    expect(await one.text()).toContain('LOCATION:Pôle culturel');
    expect((await fetch(`${h.url}/agenda/exemple-ateliers-numeriques.ics`)).status).toBe(404);
    expect((await fetch(`${h.url}/agenda/nothing-here.ics`)).status).toBe(404);
  });
});

describe('SMS segments', () => {
  it('counts GSM-7 and UCS-2 segments', () => {
    expect(segmentsOf('a'.repeat(160))).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(segmentsOf('a'.repeat(161))).toMatchObject({ encoding: 'GSM-7', segments: 2 });
    expect(segmentsOf('€'.repeat(80))).toMatchObject({ encoding: 'GSM-7', units: 160, segments: 1 });
    expect(segmentsOf(`${'a'.repeat(69)}’`)).toMatchObject({ encoding: 'UCS-2', segments: 1 });
    expect(segmentsOf(`${'a'.repeat(70)}œ`)).toMatchObject({ encoding: 'UCS-2', segments: 2 });
  });

  it('brings French text into GSM-7 without losing é è à ù', () => {
    const text = toGsm('« Fête » de l’œuvre… à côté, déjà ça');
    expect(text).toBe('"Fete" de l\'oeuvre... à coté, déjà ca');
    expect(segmentsOf(text).encoding).toBe('GSM-7');
  });

  it('cuts the text, never the numbered list, to the segment budget', () => {
    const list = '1. Oui\n2. Non\nRépondez avec le numéro de votre choix.';
    const out = fitSegments('mot '.repeat(400), list, 2);
    expect(out.endsWith(list)).toBe(true);
    expect(segmentsOf(out).segments).toBeLessThanOrEqual(2);
    expect(out).toContain('...');
  });
});
