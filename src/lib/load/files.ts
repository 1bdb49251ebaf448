/** Where a site's content files are, below its content root (the folder holding src/content/ and data/). */
export const CONTENT_DIR = 'src/content';

export const CONTENT_FILES = {
  site: `${CONTENT_DIR}/site.yaml`,
  themes: `${CONTENT_DIR}/themes.yaml`,
  publications: `${CONTENT_DIR}/publications`,
  chapters: `${CONTENT_DIR}/chapters`,
  coverage: `${CONTENT_DIR}/coverage.yaml`,
  press: `${CONTENT_DIR}/press.yaml`,
  moves: `${CONTENT_DIR}/moves.yaml`,
  progress: `${CONTENT_DIR}/progress.yaml`,
  history: `${CONTENT_DIR}/history.json`,
  permalinks: `${CONTENT_DIR}/permalinks.json`,
  datasets: 'data/datasets',
  keyFigures: 'data/key-figures.json',
  sources: 'data/sources',
  sourceNames: 'data/sources/sources.yaml',
} as const;

/** The folders a site's content is read from: a change in one means the content must be read again. */
export const CONTENT_FOLDERS = [CONTENT_DIR, 'data'] as const;

export const publicationFile = (id: string): string => `${CONTENT_FILES.publications}/${id}.yaml`;
export const chapterFile = (publication: string, chapter: string): string => `${CONTENT_FILES.chapters}/${publication}/${chapter}.mdx`;
export const datasetFile = (id: string): string => `${CONTENT_FILES.datasets}/${id}.json`;
