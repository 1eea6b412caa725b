import type { LessonSource } from '@/lib/content/lessons';
import { S } from './strings';

/** The last slide of every deck: the lesson's objectives, as what the room can now do. */
export function ClosingSlide({ lesson }: { lesson: Pick<LessonSource, 'objectives'> }) {
  return (
    <div className="slide-body prose slide-closing" data-context="slides" data-slide-closing="">
      <h2>{S.closingTitle}</h2>
      <p className="slide-closing-lead">{S.closingLead}</p>
      <ul>
        {lesson.objectives.map((o) => (
          <li key={o}>{o}</li>
        ))}
      </ul>
    </div>
  );
}

/** Its speaker notes: how to use the list with the room, and where the lesson's questions are. */
export function ClosingNotes({ questions }: { questions: number }) {
  return (
    <div className="slide-notes-text">
      <p>{S.closingNotes}</p>
      <p>{S.closingQuestions(questions)}</p>
    </div>
  );
}
