import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/agreement.js';
import type { TendAgreement } from '../../src/entries/agreement.js';
import { lookup } from '../../src/core/localize.js';
import { button, field, fill, settle, type } from '../helpers/harness.js';
import { captureTakeAway } from '../security/take-away.js';

// The Spanish locale is loaded only below, after the element has rendered (as with a second script tag
// that arrives late), so this file must never import it statically.
describe('<tend-agreement> title and a locale loaded later', () => {
  it('starts with the default title in English while Spanish is not there yet', async () => {
    expect(lookup('es', 'agreement', 'defaultTitle')).to.equal(undefined);
  });

  it('switches an untouched default title when the Spanish locale arrives, in the field, the data and the exports', async () => {
    const el = await fixture<TendAgreement>(html`<tend-agreement lang="es" with="Alex"></tend-agreement>`);
    expect(field(el, '#title').value).to.equal('Our agreement');
    expect(el.value.title).to.equal('Our agreement');

    await import('../../src/entries/locales/es.js');
    await settle(el);
    expect(field(el, '#title').value).to.equal('Nuestro acuerdo');
    expect(el.value.title).to.equal('Nuestro acuerdo');

    await type(el, '#add-0', 'Cenar juntos los martes');
    button(el, /^Añadir a/).click();
    await settle(el);
    const captured = captureTakeAway();
    try {
      button(el, 'Copiar como texto').click();
      button(el, 'Descargar en Markdown').click();
      button(el, 'Descargar un recordatorio para el calendario (.ics)').click();
      await settle(el);
      expect(captured.clipboard[0]).to.match(/^Nuestro acuerdo\n/);
      expect(captured.files.map((file) => file.name)).to.deep.equal(['nuestro-acuerdo.md', 'nuestro-acuerdo.ics']);
      expect(await captured.files[0]!.blob.text()).to.match(/^# Nuestro acuerdo\n/);
      expect(await captured.files[1]!.blob.text()).to.contain('SUMMARY:Revisar nuestro acuerdo: Nuestro acuerdo');
    } finally {
      captured.restore();
    }
  });

  it('keeps a title the person wrote whatever the language, and a default given back keeps following it', async () => {
    await import('../../src/entries/locales/es.js');
    const el = await fixture<TendAgreement>(html`<tend-agreement lang="es"></tend-agreement>`);
    expect(el.value.title).to.equal('Nuestro acuerdo');
    el.lang = 'en';
    await settle(el);
    expect(el.value.title).to.equal('Our agreement');

    fill(el, '#title', 'Nuestras semanas');
    await settle(el);
    el.lang = 'es';
    await settle(el);
    expect(field(el, '#title').value).to.equal('Nuestras semanas');
    el.lang = 'en';
    await settle(el);
    expect(el.value.title).to.equal('Nuestras semanas');

    // A value (or a kept draft) whose title is a default, in English or in the reader's language, is the default.
    el.value = { ...el.value, title: 'Our agreement' };
    el.lang = 'es';
    await settle(el);
    expect(el.value.title).to.equal('Nuestro acuerdo');
  });
});
