/** The en and vi tables of some namespaces, as i18next takes them. */
export const pickLanguages = <T extends Record<string, { en: unknown; vi: unknown }>>(of: T) => {
  const pick = <L extends 'en' | 'vi'>(language: L) =>
    Object.fromEntries(Object.entries(of).map(([ns, m]) => [ns, m[language]])) as { [N in keyof T]: T[N][L] };
  return { en: pick('en'), vi: pick('vi') };
};
