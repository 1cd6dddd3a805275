import { replaceLazy } from '../helpers/lazy.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/agreement.js';
import type { TendAgreement } from '../../src/agreement/agreement.js';
import { agreementFiles, type AgreementFileWriters } from '../../src/agreement/files-reading.js';
import { $, button, status } from '../helpers/harness.js';

/** The agreement's file writers are not part of the page: they are imported at the first download (a chunk in dist/cdn/). */
describe('<tend-agreement>: its files are written by a module imported on first use', () => {
  let restore: () => void;
  let names: string[];
  let blobs: Blob[];
  let restoreDownloads: () => void;

  beforeEach(() => {
    names = [];
    blobs = [];
    const create = URL.createObjectURL;
    const click = HTMLAnchorElement.prototype.click;
    URL.createObjectURL = (blob: Blob | MediaSource) => (blobs.push(blob as Blob), 'blob:stub');
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      names.push(this.download);
    };
    restoreDownloads = () => {
      URL.createObjectURL = create;
      HTMLAnchorElement.prototype.click = click;
    };
  });
  afterEach(() => {
    restore();
    restoreDownloads();
  });

  const agreement = async () => {
    const el = await fixture<TendAgreement>(html`<tend-agreement with="Alex"></tend-agreement>`);
    el.value = { ...el.value, title: 'Alex & me', sections: [{ ...el.value.sections[0]!, items: ['Tuesday evenings'] }] };
    await el.updateComplete;
    return el;
  };

  it('imports the writers at the first click, then downloads the calendar reminder and says so', async () => {
    let imported = 0;
    restore = replaceLazy(agreementFiles, () => (imported++, import('../../src/agreement/files.js').then((module) => module.default)));
    const el = await agreement();
    expect(imported, 'nothing imported before the click').to.equal(0);
    button(el, 'Download calendar reminder (.ics)').click();
    await waitUntil(() => names.length === 1, 'no file was downloaded');
    expect(imported).to.equal(1);
    expect(names).to.deep.equal(['alex-me.ics']);
    expect(await blobs[0]!.text()).to.contain('BEGIN:VCALENDAR');
    await el.updateComplete;
    expect(status(el)).to.equal('Downloaded alex-me.ics.');
    // Later clicks write at once, with the module already here.
    button(el, 'Download Markdown').click();
    expect(names).to.deep.equal(['alex-me.ics', 'alex-me.md']);
    expect(imported).to.equal(1);
  });

  it('writes the agreement as it was at the click, even when it changes while the writers load', async () => {
    let arrive!: (writers: AgreementFileWriters) => void;
    restore = replaceLazy(agreementFiles, () => new Promise((resolve) => (arrive = resolve)));
    const el = await agreement();
    button(el, 'Download Markdown').click();
    el.value = { ...el.value, title: 'Changed' };
    arrive((await import('../../src/agreement/files.js')).default);
    await waitUntil(() => names.length === 1, 'no file was downloaded');
    expect(names).to.deep.equal(['alex-me.md']);
    expect(await blobs[0]!.text()).to.contain('# Alex & me');
  });

  it('says so when the writers cannot be loaded, and downloads nothing', async () => {
    restore = replaceLazy(agreementFiles, () => Promise.reject(new Error('blocked')));
    const el = await agreement();
    button(el, 'Download Markdown').click();
    await waitUntil(() => status(el) !== '', 'nothing was said');
    expect(status(el)).to.equal('The file could not be made here. Check your connection, then try again.');
    expect(names).to.deep.equal([]);
    expect($(el, '[part~=status]')).to.exist;
  });
});
