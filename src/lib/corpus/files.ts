/** Where the corpus downloads are published (below the base path); the URL scheme's routes recognise them. */
import { ROUTES } from '../addresses.ts';

export const CORPUS_FILES = {
  numberedItemsCsv: ROUTES.numberedItemsFile.build({ format: 'csv' }),
  numberedItemsJson: ROUTES.numberedItemsFile.build({ format: 'json' }),
  quotesCsv: ROUTES.quotesFile.build({ format: 'csv' }),
  quotesJson: ROUTES.quotesFile.build({ format: 'json' }),
  publicationText: (publication: string): string => ROUTES.publicationText.build({ publication }),
  llms: ROUTES.llms.build({}),
  llmsFull: ROUTES.llmsFull.build({}),
};
