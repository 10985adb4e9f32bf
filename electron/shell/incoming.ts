/** What the window receives for a file the system handed over (plain data, safe to import into the preload). */
export type IncomingFileMessage =
  | { kind: 'open-fair'; fairId: string; fileName: string }
  | { kind: 'import-fair'; fileName: string; base64: string }
  | { kind: 'import-exhibitors'; fileName: string; base64: string };
