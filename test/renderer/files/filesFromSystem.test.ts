// The files the system handed over, waiting in the window: named as the researcher knows them, said
// once for each thing they wait for, and each opened once.
import { expect, test } from 'vitest';
import { fileNameOf, kindOfFile, waitingMessage, WaitingFiles } from '../../../renderer/files/filesFromSystem';

test('a file is known by its name, from a Windows or a POSIX path, and opened by its extension in any letter case', () => {
  expect(fileNameOf('C:\\Users\\Kim\\Documents\\Café 🏠.framewise')).toBe('Café 🏠.framewise');
  expect(fileNameOf('/home/kim/住房研究.QDPX')).toBe('住房研究.QDPX');
  expect(kindOfFile('/home/kim/a.FrameWise')).toBe('projectFile');
  expect(kindOfFile('/home/kim/a.QDPX')).toBe('refiProject');
  expect(kindOfFile('/home/kim/a.qdc')).toBeNull();
});

test('several waiting files are named together', () => {
  expect(waitingMessage(['/a/One.framewise', '/a/Two.qdpx', '/a/Three.framewise'], { kind: 'dialog' })).toBe('Framewise will open “One.framewise”, “Two.qdpx” and “Three.framewise” once this dialog is closed.');
});

test('a waiting file is said to wait once for each thing it waits for, and is opened once', () => {
  const files = new WaitingFiles();
  files.add(['/a/One.framewise', '/a/One.framewise']);
  expect(files.untold({ kind: 'dialog' })).toEqual(['/a/One.framewise']);
  expect(files.untold({ kind: 'dialog' })).toEqual([]);
  expect(files.untold({ kind: 'held', reason: 'An import is running.' })).toEqual(['/a/One.framewise']);
  files.add(['/a/Two.framewise']);
  expect(files.untold({ kind: 'held', reason: 'An import is running.' })).toEqual(['/a/Two.framewise']);
  expect(files.start()).toBe('/a/One.framewise');
  expect(files.ready).toBe(false);
  files.done();
  expect(files.start()).toBe('/a/Two.framewise');
  files.done();
  expect(files.ready).toBe(false);
  expect(files.start()).toBeUndefined();
});
