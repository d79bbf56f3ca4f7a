// The rich text editor and its styles load only with this chunk (React.lazy in
// lesson-content-fields.tsx): learners, and authors not editing a text lesson, never download it.
import '@mantine/tiptap/styles.css';
import { Input } from '@mantine/core';
import { Link, RichTextEditor } from '@mantine/tiptap';
import type { RichTextEditorLabels } from '@mantine/tiptap';
import { useEditor } from '@tiptap/react';
import StarterKit from '@tiptap/starter-kit';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

export interface RichTextFieldProps {
  label: string;
  description?: string;
  /** The starting HTML; the editor keeps its own state from then on. */
  initialHtml: string;
  onChange: (html: string) => void;
  disabled?: boolean;
}

/**
 * The body of a text lesson. Only what the server's sanitizer keeps is offered
 * (paragraphs, h2-h4, bold, italic, underline, strike, lists, quotes, code,
 * links, rules); the server sanitizes again on save.
 */
export function RichTextField({ label, description, initialHtml, onChange, disabled }: RichTextFieldProps) {
  const { t } = useTranslation();
  const labelId = useId();
  const editor = useEditor({
    extensions: [
      StarterKit.configure({ heading: { levels: [2, 3, 4] }, link: false }),
      Link.configure({ HTMLAttributes: { rel: 'noopener', target: null } }),
    ],
    content: initialHtml,
    editable: !disabled,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { role: 'textbox', 'aria-multiline': 'true', 'aria-labelledby': labelId },
    },
    onUpdate: ({ editor: current }) => {
      onChange(current.isEmpty ? '' : current.getHTML());
    },
  });

  const labels: Partial<RichTextEditorLabels> = {
    boldControlLabel: t('authoring.richText.bold'),
    italicControlLabel: t('authoring.richText.italic'),
    underlineControlLabel: t('authoring.richText.underline'),
    strikeControlLabel: t('authoring.richText.strike'),
    clearFormattingControlLabel: t('authoring.richText.clearFormatting'),
    h2ControlLabel: t('authoring.richText.h2'),
    h3ControlLabel: t('authoring.richText.h3'),
    h4ControlLabel: t('authoring.richText.h4'),
    bulletListControlLabel: t('authoring.richText.bulletList'),
    orderedListControlLabel: t('authoring.richText.orderedList'),
    blockquoteControlLabel: t('authoring.richText.blockquote'),
    codeControlLabel: t('authoring.richText.code'),
    codeBlockControlLabel: t('authoring.richText.codeBlock'),
    hrControlLabel: t('authoring.richText.hr'),
    linkControlLabel: t('authoring.richText.link'),
    unlinkControlLabel: t('authoring.richText.unlink'),
    undoControlLabel: t('authoring.richText.undo'),
    redoControlLabel: t('authoring.richText.redo'),
    linkEditorInputLabel: t('authoring.richText.linkInput'),
    linkEditorInputPlaceholder: 'https://',
    linkEditorSave: t('form.save'),
    linkEditorExternalLink: t('authoring.richText.linkNewTab'),
    linkEditorInternalLink: t('authoring.richText.linkSameTab'),
  };

  return (
    <Input.Wrapper label={<span id={labelId}>{label}</span>} description={description}>
      <RichTextEditor editor={editor} labels={labels} mt={4}>
        {!disabled && (
          <RichTextEditor.Toolbar sticky stickyOffset={0}>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Bold />
              <RichTextEditor.Italic />
              <RichTextEditor.Underline />
              <RichTextEditor.Strikethrough />
              <RichTextEditor.ClearFormatting />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.H2 />
              <RichTextEditor.H3 />
              <RichTextEditor.H4 />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.BulletList />
              <RichTextEditor.OrderedList />
              <RichTextEditor.Blockquote />
              <RichTextEditor.Hr />
              <RichTextEditor.Code />
              <RichTextEditor.CodeBlock />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Link />
              <RichTextEditor.Unlink />
            </RichTextEditor.ControlsGroup>
            <RichTextEditor.ControlsGroup>
              <RichTextEditor.Undo />
              <RichTextEditor.Redo />
            </RichTextEditor.ControlsGroup>
          </RichTextEditor.Toolbar>
        )}
        <RichTextEditor.Content mih={240} />
      </RichTextEditor>
    </Input.Wrapper>
  );
}
