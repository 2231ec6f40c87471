// `promocase doc <type>`, `doc check` and `--dry-run`, run in-process as a user types them.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  type CliHarness,
  createCliHarness,
  expectFailure,
  parseJsonOutput,
} from '../../../tests/support/cli-harness.js';
import { DOCUMENT_TYPES } from '../../core/documents/document-types.js';
import type { DocumentCheck } from '../../services/documents/check-document.js';
import type { EvidencePreview } from '../../services/documents/preview-document-evidence.js';

const SINCE = ['--since', '2026-01-01', '--until', '2026-12-31'];

describe('promocase doc', () => {
  let cli: CliHarness;
  beforeEach(async () => {
    cli = createCliHarness();
    await cli.ok(['init', '--name', 'Sam Rivera', '--level', 'mid', '--target', 'senior']);
    await cli.log(
      'Wrote the cache design doc',
      ...['--date', '2026-07-06', '--project', 'page-cache', '--kind', 'design', '--visibility', 'manager'],
      ...[
        '--details',
        'Pages took 2 s. I chose a read-through cache.',
        '--link',
        'https://docs.example.com/cache',
      ],
    );
    await cli.log(
      'Shipped the page cache',
      ...['--date', '2026-08-12', '--project', 'page-cache', '--visibility', 'manager'],
      ...['--impact', 'p95 from 2 s to 300 ms'],
    );
    await cli.log('Private: a hard conversation', '--date', '2026-09-01');
  });
  afterEach(() => cli.cleanup());

  const file = (name: string) => join(cli.dir, name);

  it('prints the Markdown document on stdout and a summary on stderr', async () => {
    const r = await cli.ok(['doc', 'brag', ...SINCE]);
    expect(r.stdout).toMatch(/^# Brag document: Sam Rivera\n/);
    expect(r.stdout).toContain('### page-cache (2026-07-06 to 2026-08-12)');
    expect(r.stdout).toContain('Pages took 2 s. ([2026-07-06](<https://docs.example.com/cache>))');
    expect(r.stdout).toContain('Private: a hard conversation');
    expect(r.stderr).toMatch(/^Built brag document from 3 entries \(2026-01-01 to 2026-12-31\)/);
  });

  it('leaves private entries out of what goes to the manager', async () => {
    const r = await cli.ok(['doc', 'summary', ...SINCE]);
    expect(r.stdout).not.toContain('Private: a hard conversation');
    expect(r.stdout).toContain('2 entries shared with the manager');
    const all = await cli.ok(['doc', 'summary', ...SINCE, '--visibility', 'private']);
    expect(all.stdout).toContain('Private: a hard conversation');
  });

  it('writes every type in every format to a file', async () => {
    for (const type of DOCUMENT_TYPES) {
      for (const format of ['md', 'html', 'pdf', 'docx', 'json']) {
        const out = file(`${type}.${format}`);
        const r = await cli.ok(['doc', type, '--format', format, '--out', out, ...SINCE]);
        expect(r.stdout).toBe('');
        expect(r.stderr).toContain(`Wrote ${out}:`);
        const bytes = readFileSync(out);
        const head = bytes.subarray(0, 4).toString('latin1');
        const expected = { md: '# ', html: '<!do', pdf: '%PDF', docx: 'PK\u0003\u0004', json: '{\n  ' }[
          format
        ]!;
        expect(head.startsWith(expected), `${type}.${format} starts with ${JSON.stringify(head)}`).toBe(true);
      }
    }
  });

  it('takes the format from the extension of --out when --format is not given', async () => {
    await cli.ok(['doc', 'summary', '--out', file('summary.pdf'), ...SINCE]);
    expect(readFileSync(file('summary.pdf')).subarray(0, 5).toString()).toBe('%PDF-');
    await cli.ok(['doc', 'summary', '--out', file('summary.txt'), ...SINCE]);
    expect(readFileSync(file('summary.txt'), 'utf8')).toMatch(/^# Period summary/);
  });

  it('says which characters a PDF cannot draw, and which formats can', async () => {
    await cli.log('Reviewed the 计费 design with 王伟 🚀', '--date', '2026-09-02', '--visibility', 'manager');
    const pdf = await cli.ok(['doc', 'summary', '--out', file('summary.pdf'), ...SINCE]);
    expect(pdf.stderr).toContain(
      "The PDF's font has no glyphs for 5 characters of your text (计 费 王 伟 🚀): they show as empty boxes. DOCX and HTML show them (--format docx or html).",
    );
    const docx = await cli.ok(['doc', 'summary', '--out', file('summary.docx'), ...SINCE]);
    expect(docx.stderr).not.toContain('glyphs');
  });

  it('prints JSON with the document model and its gaps', async () => {
    const doc = parseJsonOutput<{ format: string; document: { type: string }; gaps: unknown[] }>(
      await cli.run(['doc', 'handoff', '--format', 'json', ...SINCE]),
    );
    expect(doc.format).toBe('promocase-document');
    expect(doc.document.type).toBe('handoff');
    expect(Array.isArray(doc.gaps)).toBe(true);
  });

  it('refuses to overwrite a file without --force, and replaces it with --force', async () => {
    const out = file('brag.md');
    writeFileSync(out, 'mine');
    expectFailure(await cli.run(['doc', 'brag', '--out', out]), 2, '--out:', 'already exists', '--force');
    expect(readFileSync(out, 'utf8')).toBe('mine');
    await cli.ok(['doc', 'brag', '--out', out, '--force', ...SINCE]);
    expect(readFileSync(out, 'utf8')).toMatch(/^# Brag document/);
  });

  it('refuses to print a binary format to the terminal', async () => {
    for (const format of ['pdf', 'docx', 'html'])
      expectFailure(
        await cli.run(['doc', 'brag', '--format', format]),
        2,
        `a ${format} document goes to a file`,
      );
  });

  it('refuses an empty --out (an unset variable in a script) instead of printing to standard output', async () => {
    for (const argv of [
      ['doc', 'brag', '--out', ''],
      ['doc', 'brag', '--format', 'pdf', '--out', '  '],
    ])
      expectFailure(await cli.run(argv), 2, '--out: give a file name');
  });

  it('refuses bad input, naming the flag and what it accepts, and writes nothing', async () => {
    const out = file('x.md');
    expectFailure(
      await cli.run(['doc', 'nonsense', '--out', out]),
      2,
      'type: "nonsense" is not a document type',
      'brag',
    );
    expectFailure(
      await cli.run(['doc', 'brag', '--format', 'rtf', '--out', out]),
      2,
      'format: "rtf"',
      'md, html, pdf, docx, json',
    );
    expectFailure(
      await cli.run(['doc', 'brag', '--since', 'someday']),
      2,
      '--since: "someday" is not a date',
    );
    expectFailure(
      await cli.run(['doc', 'brag', '--since', '2026-12-01', '--until', '2026-01-01']),
      2,
      'since must not be after until',
    );
    expectFailure(
      await cli.run(['doc', 'brag', '--visibility', 'public']),
      2,
      'visibility',
      'private',
      'manager',
    );
    expectFailure(
      await cli.run(['doc', 'brag', '--word-limit', '500']),
      2,
      'only the meta self-review has a word limit',
    );
    expectFailure(await cli.run(['doc', 'meta', '--word-limit', 'many']), 2, '--word-limit: "many"');
    expectFailure(await cli.run(['doc', 'meta', '--word-limit', '10']), 2, 'at least 50 words');
    expect(existsSync(out)).toBe(false);
  });

  it('says to run init when there is no profile yet', async () => {
    const fresh = createCliHarness();
    try {
      expectFailure(await fresh.run(['doc', 'brag']), 1, 'promocase init');
    } finally {
      fresh.cleanup();
    }
  });

  describe('--dry-run', () => {
    it('lists every entry, in or out, with the reason, and builds nothing', async () => {
      const r = await cli.ok(['doc', 'summary', '--dry-run', '--since', '2026-08-01']);
      expect(r.stdout).toMatch(/^Period summary: 2026-08-01 to .+; only entries shared with your manager\n/);
      expect(r.stdout).toMatch(/^out\s+2026-09-01 .+Private: a hard conversation\s+private \(this document/m);
      expect(r.stdout).toMatch(/^out\s+2026-07-06 .+Wrote the cache design doc\s+dated before 2026-08-01$/m);
      expect(r.stdout).toMatch(/^in\s+2026-08-12 .+Shipped the page cache$/m);
      expect(r.stdout).toMatch(/1 in, 2 out\.\n$/);
    });

    it('refuses --out with a dry run or a check, which write no file, instead of ignoring it', async () => {
      const out = file('never.md');
      expectFailure(
        await cli.run(['doc', 'summary', '--dry-run', '--out', out]),
        2,
        '--out',
        'writes no file',
      );
      expectFailure(await cli.run(['doc', 'check', 'summary', '--out', out]), 2, '--out', 'writes no file');
      expect(existsSync(out)).toBe(false);
    });

    it('gives the same decisions as JSON, with projects named', async () => {
      const preview = parseJsonOutput<EvidencePreview>(
        await cli.run(['doc', 'brag', '--dry-run', '--json', '--project', 'page-cache', ...SINCE]),
      );
      expect(preview.selection.projects).toEqual(['page-cache']);
      expect(preview.entries.map((e) => [e.title, e.included])).toEqual([
        ['Wrote the cache design doc', true],
        ['Shipped the page cache', true],
        ['Private: a hard conversation', false],
      ]);
      expect(preview.entries[2]!.reasons).toEqual(['has no project (only the projects you named go in)']);
    });
  });

  describe('check', () => {
    const addProjectWithoutOutcome = () =>
      cli.log(
        'Prototyped search tweaks',
        '--date',
        '2026-10-15',
        '--project',
        'search',
        '--visibility',
        'manager',
      );

    it('lists the gaps and exits 1 when there are any', async () => {
      await addProjectWithoutOutcome();
      const r = await cli.run(['doc', 'check', 'brag', ...SINCE]);
      expect(r.code).toBe(1);
      expect(r.stdout).toMatch(
        /^Brag document: 3 gaps to fill \(4 entries\)\n1\. Projects > search \(2026-10-15\): /,
      );
      expect(r.stdout).toContain('why: no entry of this work describes the context');
      expect(r.stderr).toBe('');
    });

    it('exits 0 and says so when the document has no gaps', async () => {
      const r = await cli.run(['doc', 'check', 'brag', ...SINCE]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toBe('Brag document: no gaps (3 entries).\n');
      const later = await cli.run(['doc', 'check', 'brag', '--since', '2030-01-01', '--until', '2030-12-31']);
      expect(later.stdout).toBe('Brag document: no gaps (0 entries).\n');
    });

    it('gives the gaps as JSON, each with where it is and why', async () => {
      await addProjectWithoutOutcome();
      const r = await cli.run(['doc', 'check', 'summary', '--json', ...SINCE]);
      expect(r.code).toBe(1);
      const check = JSON.parse(r.stdout) as DocumentCheck;
      expect(check.gaps.length).toBeGreaterThan(0);
      expect(check.gaps[0]).toEqual({
        section: expect.any(String),
        under: expect.any(String),
        what: expect.any(String),
        why: expect.any(String),
        claim: expect.anything(),
      });
    });

    it('refuses an unknown type with exit 2', async () => {
      expectFailure(await cli.run(['doc', 'check', 'nonsense']), 2, 'type: "nonsense"');
    });
  });

  it("judges the Amazon document's reasons not to promote by Amazon's process, whatever company the profile names", async () => {
    const r = await cli.ok(['doc', 'amazon', ...SINCE]);
    // The feedback section counts providers against Amazon's reported minimum; the objection must agree.
    expect(r.stdout).toContain('at least 4 providers are expected and 6 recommended');
    expect(r.stdout).toContain('Amazon looks for at least 4 (6 recommended)');
    expect(r.stdout).not.toContain('committees look for at least 3');
  });

  it('counts only the peer feedback of the period in the Amazon reasons, as its providers table does', async () => {
    const give = (from: string, date: string) =>
      cli.ok([
        'feedback',
        'add',
        'Helpful on the cache.',
        '--from',
        from,
        '--relationship',
        'cross-team',
        '--date',
        date,
      ]);
    await give('Ravi Patel', '2026-09-30');
    await give('Old Colleague', '2025-01-05');
    const r = await cli.ok(['doc', 'amazon', ...SINCE]);
    expect(r.stdout).toContain('| Ravi Patel | cross-team | 1 | 2026-09-30 |');
    expect(r.stdout).not.toContain('Old Colleague');
    expect(r.stdout).toContain('1 person gave 1 piece of feedback in this period');
    expect(r.stdout).toContain('"Too few people vouch for this."** 1 person has given feedback;');
  });

  it('reports what the word limit cut from the self-review', async () => {
    for (let i = 0; i < 12; i++)
      await cli.log(
        `Shipped ranking improvement number ${i} for the search results page`,
        '--date',
        '2026-09-02',
        '--project',
        'ranking',
        '--visibility',
        'manager',
        '--impact',
        `click-through up ${i}% on the results page for logged-in users`,
      );
    const r = await cli.ok(['doc', 'meta', '--word-limit', '100', ...SINCE]);
    expect(r.stderr).toMatch(/^Cut \d+ words \(\d+ pieces\) to stay within 100:\n {2}- Project Impact > /);
    expect(r.stdout).toMatch(/- \*\*Words:\*\* \d+ of 100 \(/);
  });

  it('builds every document from the demo sample, in every format, each with stories and citations', async () => {
    await cli.ok(['demo']);
    for (const type of DOCUMENT_TYPES) {
      const json = JSON.parse((await cli.ok(['--demo', 'doc', type, '--format', 'json'])).stdout) as {
        document: { sections: { blocks: { type: string }[] }[] };
      };
      const blocks = json.document.sections.flatMap((s) => s.blocks);
      expect(blocks.filter((b) => b.type === 'heading' || b.type === 'list').length, type).toBeGreaterThan(3);
      expect(JSON.stringify(json), type).toContain('"type":"citation"');
      for (const format of ['html', 'pdf', 'docx'])
        await cli.ok(['--demo', 'doc', type, '--format', format, '--out', file(`demo-${type}.${format}`)]);
    }
  });
});
