import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseConfig } from '../../../server/src/core/config';
import { RULES } from '../../../server/src/core/rules/catalogue';
import { configurationSchema } from '../../../server/src/core/settingsSchema';
import { DEFAULT_SETTINGS, mergeSettings, sanitizeSettings } from '../../../server/src/core/settings';

const repo = path.resolve(__dirname, '..', '..', '..', '..');

describe('settings', () => {
  it('keeps good values and reports bad ones by key, falling back to defaults', () => {
    const { settings, problems } = sanitizeSettings({ enable: 'yes', rules: { 'exhibit-order': 'off', 'no-such-rule': 'error', 'bates-malformed': 'loud' }, docket: { style: 'ECF No.' } });
    assert.equal(settings.enable, true);
    assert.equal(settings.rules['exhibit-order'], 'off');
    assert.equal(settings.docket.style, 'ECF No.');
    assert.deepEqual(problems.map((p) => p.key).sort(), ['enable', 'rules.bates-malformed', 'rules.no-such-rule']);
  });

  it('lets editor settings win over .brieflint.json only where they differ from the defaults', () => {
    const file = sanitizeSettings({ rules: { 'exhibit-order': 'off' }, docket: { style: 'Dkt.' } }).settings;
    const editor = sanitizeSettings({ rules: { 'bates-malformed': 'error' } }).settings;
    const merged = mergeSettings(file, editor);
    assert.deepEqual(merged.rules, { 'exhibit-order': 'off', 'bates-malformed': 'error' });
    assert.equal(merged.docket.style, 'Dkt.');
    assert.equal(mergeSettings(DEFAULT_SETTINGS, DEFAULT_SETTINGS).enable, true);
  });

  it('reports a malformed .brieflint.json at its line and uses the defaults', () => {
    const text = '{\n  "rules": {\n    "exhibit-order": "off",\n  }\n}\n';
    const { settings, problems } = parseConfig(text, '/w/.brieflint.json');
    assert.equal(problems.length, 1);
    assert.equal(problems[0].line, 3);
    assert.match(problems[0].message, /not valid JSON/);
    assert.deepEqual(settings.rules, {});
  });

  it('points a bad value in .brieflint.json at its key', () => {
    const text = '{\n  "docket": {\n    "style": "Docket"\n  }\n}\n';
    const { problems } = parseConfig(text, '/w/.brieflint.json');
    assert.equal(problems[0].line, 2);
  });

  it('package.json declares every rule code in brieflint.rules (generated from the catalogue)', () => {
    const pkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
    assert.deepEqual(pkg.contributes.configuration, configurationSchema());
    const declared = Object.keys(pkg.contributes.configuration.properties['brieflint.rules'].properties);
    assert.deepEqual(declared, RULES.map((r) => r.code));
  });

  it('every rule code is kebab-case and unique', () => {
    const codes = RULES.map((r) => r.code);
    assert.equal(new Set(codes).size, codes.length);
    for (const c of codes) assert.match(c, /^[a-z]+(-[a-z]+)*$/);
  });
});
