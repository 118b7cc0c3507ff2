import type { Id } from '../model/ids';
import { limits } from '../model/limits';
import type { Workshop } from '../model/workshop';
import { addToStageList, documentHasId, moveById, removeById, updateStageList, updateStageOf } from './helpers';

/** A section of a notes board: a title and its Markdown. */
export interface NoteSection {
  id: Id;
  title: string;
  markdown: string;
}

/**
 * Sections of a notes board (architecture, training plan, …). A section whose title or text would
 * exceed the document's limits is refused (the document would no longer save), not truncated.
 */
export type NoteCommand =
  | { type: 'note/add-section'; stageId: Id; section: NoteSection; index?: number }
  | { type: 'note/rename-section'; stageId: Id; sectionId: Id; title: string }
  | { type: 'note/edit-section'; stageId: Id; sectionId: Id; markdown: string }
  | { type: 'note/move-section'; stageId: Id; sectionId: Id; toIndex: number }
  | { type: 'note/delete-section'; stageId: Id; sectionId: Id };

const fits = (title: string, markdown: string) => title.length <= limits.shortChars && markdown.length <= limits.textChars;

export function applyNoteCommand(doc: Workshop, cmd: NoteCommand): Workshop {
  switch (cmd.type) {
    case 'note/add-section': {
      const { section } = cmd;
      if (documentHasId(doc, section.id) || !fits(section.title, section.markdown)) return doc;
      return addToStageList(doc, cmd.stageId, 'notes', 'sections', { id: section.id, title: section.title, markdown: section.markdown }, cmd.index);
    }
    case 'note/rename-section':
      if (!fits(cmd.title, '')) return doc;
      return updateStageOf(doc, cmd.stageId, 'notes', (s) => {
        const section = s.sections.find((x) => x.id === cmd.sectionId);
        if (!section || section.title === cmd.title) return s;
        return { ...s, sections: s.sections.map((x) => (x === section ? { ...x, title: cmd.title } : x)) };
      });
    case 'note/edit-section':
      if (!fits('', cmd.markdown)) return doc;
      return updateStageOf(doc, cmd.stageId, 'notes', (s) => {
        const section = s.sections.find((x) => x.id === cmd.sectionId);
        if (!section || section.markdown === cmd.markdown) return s;
        return { ...s, sections: s.sections.map((x) => (x === section ? { ...x, markdown: cmd.markdown } : x)) };
      });
    case 'note/move-section':
      return updateStageList(doc, cmd.stageId, 'notes', 'sections', (sections) => moveById(sections, cmd.sectionId, cmd.toIndex));
    case 'note/delete-section':
      return updateStageList(doc, cmd.stageId, 'notes', 'sections', (sections) => removeById(sections, cmd.sectionId));
  }
}
