import {
  buildCompoundFile,
  buildDocx,
  buildElfExecutable,
  buildJpegHeader,
  buildOpenDocument,
  buildPdf,
  buildPng,
  buildWindowsExecutable,
  buildZip,
} from '@lentera/test-support';
import { detectFileType, viewableInBrowser } from './file-signature';

const formatOf = (bytes: Buffer | string) => detectFileType(Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8')).format;

describe('detectFileType', () => {
  describe('accepts by content', () => {
    it('a PDF', () => {
      expect(detectFileType(buildPdf())).toEqual({ accepted: true, format: 'pdf', kind: 'document', mediaType: 'application/pdf' });
    });

    it('PNG, JPEG and WebP images', () => {
      expect(detectFileType(buildPng())).toEqual({ accepted: true, format: 'png', kind: 'image', mediaType: 'image/png' });
      expect(detectFileType(buildJpegHeader())).toMatchObject({ format: 'jpeg', mediaType: 'image/jpeg' });
      const webp = Buffer.concat([Buffer.from('RIFF\u0024\0\0\0WEBPVP8 ', 'latin1'), Buffer.alloc(32)]);
      expect(detectFileType(webp)).toMatchObject({ format: 'webp', kind: 'image', mediaType: 'image/webp' });
    });

    it('a minimal real DOCX, and XLSX and PPTX by their main folder', () => {
      expect(detectFileType(buildDocx())).toEqual({
        accepted: true,
        format: 'docx',
        kind: 'document',
        mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      });
      const ooxml = (part: string) => buildZip([{ name: '[Content_Types].xml', content: '<Types/>' }, { name: part, content: '<x/>', deflate: true }]);
      expect(formatOf(ooxml('xl/workbook.xml'))).toBe('xlsx');
      expect(formatOf(ooxml('ppt/presentation.xml'))).toBe('pptx');
    });

    it('OpenDocument text, spreadsheet and presentation by their mimetype entry', () => {
      expect(detectFileType(buildOpenDocument())).toMatchObject({ format: 'odt', mediaType: 'application/vnd.oasis.opendocument.text' });
      expect(formatOf(buildOpenDocument('application/vnd.oasis.opendocument.spreadsheet'))).toBe('ods');
      expect(formatOf(buildOpenDocument('application/vnd.oasis.opendocument.presentation'))).toBe('odp');
    });

    it('legacy Word, Excel and PowerPoint files by the streams in their compound file', () => {
      expect(detectFileType(buildCompoundFile(['WordDocument', '1Table', 'SummaryInformation']))).toMatchObject({ format: 'doc', mediaType: 'application/msword' });
      expect(formatOf(buildCompoundFile(['Workbook']))).toBe('xls');
      // Five entries: the directory spans two sectors, followed through the FAT.
      expect(formatOf(buildCompoundFile(['Current User', 'Pictures', 'SummaryInformation', 'PowerPoint Document']))).toBe('ppt');
    });
  });

  describe('refuses and names', () => {
    it('a renamed executable as a PDF (a Windows program named laporan.pdf)', () => {
      // The name plays no part: only the bytes do.
      expect(detectFileType(buildWindowsExecutable())).toEqual({ accepted: false, format: 'windows-executable' });
    });

    it('Linux and macOS programs and scripts', () => {
      expect(formatOf(buildElfExecutable())).toBe('linux-executable');
      expect(formatOf(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 0x07, 0x00, 0x00, 0x01]))).toBe('macos-executable');
      expect(formatOf(Buffer.from([0xca, 0xfe, 0xba, 0xbe, 0x00, 0x00, 0x00, 0x02]))).toBe('macos-executable');
      expect(formatOf('#!/bin/sh\nrm -rf ~\n')).toBe('script');
    });

    it('an SVG, which can carry scripts', () => {
      expect(formatOf('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')).toBe('svg');
      expect(formatOf('\uFEFF<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "x.dtd">\n<svg width="1"/>')).toBe('svg');
    });

    it('an HTML file', () => {
      expect(formatOf('<!DOCTYPE html><html><body><script>alert(1)</script></body></html>')).toBe('html');
      expect(formatOf('  \n<HTML><svg></svg></HTML>')).toBe('html');
      expect(formatOf('<script>fetch("/graphql")</script>')).toBe('html');
    });

    it('a ZIP archive that is not an office document', () => {
      expect(formatOf(buildZip([{ name: 'foto/1.jpg', content: 'x' }, { name: 'catatan.txt', content: 'y', deflate: true }]))).toBe('zip');
      expect(formatOf(buildOpenDocument('application/epub+zip'))).toBe('zip');
    });

    it('office documents with macros', () => {
      const docm = buildZip([
        { name: '[Content_Types].xml', content: '<Types/>' },
        { name: 'word/document.xml', content: '<x/>' },
        { name: 'word/vbaProject.bin', content: 'VBA' },
      ]);
      expect(formatOf(docm)).toBe('office-macro');
      expect(formatOf(buildCompoundFile(['WordDocument', 'Macros']))).toBe('office-macro');
    });

    it('a truncated file (a few bytes), a cut-off PDF, a cut-off ZIP and an empty file', () => {
      expect(formatOf(Buffer.from([0x89, 0x50, 0x4e]))).toBe('unknown');
      expect(formatOf(buildPng().subarray(0, 12))).toBe('unknown');
      expect(formatOf('%PD')).toBe('unknown');
      expect(formatOf(buildPdf().subarray(0, 200))).toBe('damaged-pdf');
      expect(formatOf(buildDocx().subarray(0, 120))).toBe('unknown');
      expect(formatOf(buildCompoundFile(['WordDocument']).subarray(0, 600))).toBe('unknown');
      expect(formatOf(Buffer.alloc(0))).toBe('empty');
    });

    it('a compound file that is not an office document (an .msi installer) and plain text', () => {
      expect(formatOf(buildCompoundFile(['\u0005SummaryInformation', '\u4840\u3f3f\u4577\u446c\u3b6a\u45e4\u4824']))).toBe('unknown');
      expect(formatOf('NIP;Nama\r\n1;A\r\n')).toBe('unknown');
      expect(formatOf(Buffer.from('GIF89a\u0001\u0000', 'latin1'))).toBe('gif');
    });

    it('a ZIP whose directory points outside the file', () => {
      const zip = buildDocx();
      zip.writeUInt32LE(0x7ffffff0, zip.length - 6);
      expect(formatOf(zip)).toBe('unknown');
    });
  });
});

describe('viewableInBrowser', () => {
  it('is true for PDFs and images, false for office files', () => {
    expect(viewableInBrowser('application/pdf')).toBe(true);
    expect(viewableInBrowser('image/webp')).toBe(true);
    expect(viewableInBrowser('application/vnd.openxmlformats-officedocument.wordprocessingml.document')).toBe(false);
  });
});
