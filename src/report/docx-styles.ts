import { AlignmentType, type INumberingOptions, type IStylesOptions, LevelFormat } from 'docx';

/** Dutch text in Arial; headings are Word's own Heading 1–3 so the navigation pane and the TOC field work. */
export const DOCX_STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: 'Arial', size: 21, language: { value: 'nl-NL' } },
      paragraph: { spacing: { after: 100 } },
    },
    title: {
      run: { font: 'Arial', size: 36, bold: true, color: '000000' },
      paragraph: { spacing: { after: 120 } },
    },
    heading1: {
      run: { font: 'Arial', size: 28, bold: true, color: '000000' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: 'Arial', size: 24, bold: true, color: '000000' },
      paragraph: { spacing: { before: 280, after: 100 }, keepNext: true },
    },
    heading3: {
      run: { font: 'Arial', size: 22, bold: true, color: '000000' },
      paragraph: { spacing: { before: 320, after: 80 }, keepNext: true },
    },
  },
  paragraphStyles: [
    {
      id: 'TOCHeading',
      name: 'TOC Heading',
      next: 'Normal',
      run: { font: 'Arial', size: 28, bold: true },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    {
      id: 'Subtitle',
      name: 'Subtitle',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 26, color: '333333' },
      paragraph: { spacing: { after: 80 } },
    },
    {
      id: 'Veldlabel',
      name: 'Veldlabel',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true },
      paragraph: { spacing: { before: 120, after: 40 }, keepNext: true },
    },
    {
      id: 'Kenmerk',
      name: 'Kenmerk',
      basedOn: 'Normal',
      next: 'Normal',
      run: { color: '4A4A4A' },
    },
  ],
};

export const BULLETS = 'opsomming';

/** "–" for items, "o" one level deeper, as in the bureau's documents. */
export const DOCX_NUMBERING: INumberingOptions = {
  config: [
    {
      reference: BULLETS,
      levels: [
        {
          level: 0,
          format: LevelFormat.BULLET,
          text: '–',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 360, hanging: 360 } } },
        },
        {
          level: 1,
          format: LevelFormat.BULLET,
          text: 'o',
          alignment: AlignmentType.LEFT,
          style: { paragraph: { indent: { left: 720, hanging: 360 } } },
        },
      ],
    },
  ],
};
