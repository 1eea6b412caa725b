/**
 * Everything a lesson author may write in MDX. A new widget is one folder in
 * components/widgets plus one line here.
 */
import { Callout } from './Callout';
import { Notes } from './Notes';
import { Quiz } from './Quiz/Quiz';

export const mdxComponents = {
  Callout,
  Notes,
  Quiz,
};
