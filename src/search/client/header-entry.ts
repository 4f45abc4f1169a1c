// The header search as a standalone module, imported by URL on the first focus of the box:
// importing it wires every header search form of the page.
import { initHeaderSearch } from './header.ts';

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-search-box]'))
  initHeaderSearch(form);
