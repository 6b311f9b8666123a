import type { ExportSlice } from '../../../src/export/index.js';

/**
 * A small slice with the text that breaks naive writers: XML specials, quotes, commas, a line
 * break, a control character, a formula-looking name, an undated edge and parallel edges.
 */
export const SLICE: ExportSlice = {
  nodes: [
    { id: 'afghan-taliban', label: 'Afghan Taliban', type: 'ORGANIZATION', affiliation: 'afghanistan', start: '2025-10-25', end: '2025-10-30' },
    { id: 'khawaja-asif', label: 'Khawaja "K" Asif, Minister', type: 'PERSON', affiliation: 'pakistan', start: '2025-10-25', end: '2025-10-25' },
    { id: 'pakistan', label: 'Pakistan & <Friends>\u0001', type: 'COUNTRY', affiliation: null, start: '2025-10-25', end: '2025-10-30' },
    { id: 'turkey', label: '=Türkiye\nRepublic', type: 'COUNTRY', affiliation: null, start: null, end: null },
  ],
  edges: [
    {
      id: 'afghan-taliban|DENIES|pakistan', source: 'afghan-taliban', target: 'pakistan', type: 'DENIES',
      weight: 1, count: 1, confidence: 0.7, goldstein: -2, cameo: '016', firstSeen: '2025-10-30', lastSeen: '2025-10-30',
    },
    {
      id: 'khawaja-asif|ACCUSES|afghan-taliban', source: 'khawaja-asif', target: 'afghan-taliban', type: 'ACCUSES',
      weight: 2, count: 3, confidence: 0.85, goldstein: -2, cameo: '112', firstSeen: '2025-10-25', lastSeen: '2025-10-25',
    },
    {
      id: 'pakistan|ACCUSES|afghan-taliban', source: 'pakistan', target: 'afghan-taliban', type: 'ACCUSES',
      weight: 4, count: 5, confidence: 0.9, goldstein: -2, cameo: '112', firstSeen: '2025-10-25', lastSeen: '2025-10-30',
    },
    {
      id: 'pakistan|NEGOTIATES_WITH|afghan-taliban', source: 'pakistan', target: 'afghan-taliban', type: 'NEGOTIATES_WITH',
      weight: 1, count: 1, confidence: 0, goldstein: 7, cameo: '046', firstSeen: '2025-10-25', lastSeen: '2025-10-25',
    },
    {
      id: 'turkey|MEDIATES|pakistan', source: 'turkey', target: 'pakistan', type: 'MEDIATES',
      weight: 1, count: 1, confidence: 0.6, goldstein: 5, cameo: '045', firstSeen: null, lastSeen: null,
    },
  ],
};
