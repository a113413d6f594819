import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { format, MESSAGES, type Language, type MessageKey } from "./messages";

interface I18nContextValue {
  readonly language: Language;
  setLanguage(language: Language): void;
  t(key: MessageKey, values?: Readonly<Record<string, string | number>>): string;
}

const I18nContext = createContext<I18nContextValue | null>(null);

const STORAGE_KEY = "plan-tracker.language";

function initialLanguage(): Language {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === "en" ? "en" : "vi";
  } catch {
    // Storage can be blocked inside Office webviews; Vietnamese is the default anyway.
    return "vi";
  }
}

export function I18nProvider({ children, language: fixed }: { children: ReactNode; language?: Language }) {
  const [language, setState] = useState<Language>(fixed ?? initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    setState(next);
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, next);
    } catch {
      // Not persisting the choice is harmless.
    }
  }, []);
  const value = useMemo<I18nContextValue>(
    () => ({
      language,
      setLanguage,
      t: (key, values) => format(MESSAGES[language][key], values),
    }),
    [language, setLanguage],
  );
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error("useI18n must be used inside <I18nProvider>");
  return value;
}
