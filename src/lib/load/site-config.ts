/**
 * The site file, src/content/site.yaml: who publishes, and the words the pages use. A missing or
 * broken file is one error; the rest of the content is still read with the default words, so the
 * other files' errors are reported in the same run.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { finding, type Finding } from '../findings.ts';
import { siteConfigSchema, type SiteConfig } from '../../schemas/site.ts';
import { readYamlFile } from './read-located.ts';
import { schemaFindings } from './schema-findings.ts';
import { CONTENT_FILES } from './files.ts';

/** Used while the site file has an error, so the rest of the content can still be checked. */
export const FALLBACK_CONFIG: SiteConfig = {
  name: 'Evidence',
  tagline: 'Publications',
  organisation: 'the publisher',
  publications: 'the publications',
  description: 'Publications.',
  home: { heading: 'Publications', standfirst: 'Publications.' },
  footer: 'Publications.',
  standfirsts: {},
  locale: { language: 'en-GB', currency: 'GBP' },
  navigation: [{ page: 'home', label: 'Publications' }],
  numberedItems: [{ id: 'recommendation', singular: 'recommendation', plural: 'recommendations' }],
  formats: [{ id: 'report', label: 'Report', noun: 'report', readAs: 'chapters' }],
  themeKinds: [{ id: 'theme', label: 'Theme', plural: 'Themes' }],
  press: { standfirst: 'Press.' },
};

export function loadSiteConfig(root: string, findings: Finding[]): { config: SiteConfig; ok: boolean } {
  const file = CONTENT_FILES.site;
  const path = join(root, file);
  if (!existsSync(path)) {
    findings.push(finding(file, undefined, 'missing-file', 'the site file is missing: it names the site, its publisher and the words its pages use', `create ${file}; npm run new -- site makes a new site with one, and README.md, “Start a site for your own organisation”, describes its fields`));
    return { config: FALLBACK_CONFIG, ok: false };
  }
  const yaml = readYamlFile(root, file, findings);
  if (!yaml) return { config: FALLBACK_CONFIG, ok: false };
  const result = siteConfigSchema.safeParse(yaml.data);
  if (!result.success) {
    findings.push(...schemaFindings(file, result.error, yaml.data, yaml.lineOf, 'see README.md, “Start a site for your own organisation”, for the fields of the site file'));
    return { config: FALLBACK_CONFIG, ok: false };
  }
  const config = result.data;
  // Each list's ids are what other files name: one of each.
  for (const list of ['numberedItems', 'formats', 'themeKinds'] as const) {
    const seen = new Set<string>();
    config[list].forEach((entry, index) => {
      if (seen.has(entry.id)) findings.push(finding(file, yaml.lineOf([list, index, 'id']), 'duplicate-id', `${list} lists "${entry.id}" twice`, 'give each entry its own id'));
      seen.add(entry.id);
    });
  }
  if (config.favicon && !existsSync(join(root, 'public', config.favicon))) {
    findings.push(finding(file, yaml.lineOf(['favicon']), 'missing-public-file', `"favicon" names ${config.favicon}, which is not in public/`, `put the icon in public/${config.favicon}, or remove the line`));
  }
  return { config, ok: true };
}
