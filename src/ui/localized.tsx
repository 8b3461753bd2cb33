import { useMemo, useState } from 'react';
import { localizeCourse } from '../course/label-refs.js';
import type { ChosenLanguage } from '../i18n/choose-language.js';
import type { CourseTexts } from '../i18n/course-texts.js';
import { ENGLISH, resolveLanguage } from '../i18n/language.js';
import { translator } from '../i18n/ui-strings.js';
import { App, type AppProps } from './app.js';

interface Props extends Omit<AppProps, 't' | 'language' | 'onLanguage'> {
  /** The course in each text language before its labels are put in, and the language it starts in; absent: English as given. */
  readonly language?: { readonly texts: CourseTexts; readonly chosen: ChosenLanguage } | undefined;
  /** Told of a language chosen on the start screen (the App saves it with the progress). */
  readonly onChoose?: (tag: string) => void;
}

/**
 * The App in a language the user can change on the start screen: the course gets the text and
 * labels of the new language and the screens its words, while where the user is stays as it is
 * (ids and step positions are the same in every language).
 */
export function Localized({ language, onChoose, course: given, ...props }: Props) {
  const [current, setCurrent] = useState(language?.chosen.language ?? ENGLISH);
  const t = useMemo(() => translator(current.text), [current.text]);
  const course = useMemo(
    () => (language && current !== language.chosen.language ? localizeCourse(language.texts(current.text), current.windows, (label) => t('label.englishName', { label })) : given),
    [language, current, given, t],
  );
  const onLanguage = (tag: string) => {
    const next = resolveLanguage(tag);
    if (!next) return;
    onChoose?.(tag);
    setCurrent(next);
  };
  return <App {...props} course={course} t={t} language={current.windows} onLanguage={onLanguage} />;
}
