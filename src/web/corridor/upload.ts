// File upload with progress: the file is the raw request body (the server streams it into
// the import), so XMLHttpRequest is used for its upload progress events.
import { ApiError, type ErrorBody } from '../core/api';
import type { ImportOut } from '../../contracts/corridor';

const csrf = () => decodeURIComponent(document.cookie.match(/(?:^|;\s*)hubline_csrf=([^;]*)/)?.[1] ?? '');

export function uploadShipments(file: File, onProgress: (sent: number, total: number) => void): Promise<ImportOut> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/corridor/imports?name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('content-type', /\.xlsx$/i.test(file.name) ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv');
    xhr.setRequestHeader('x-csrf-token', csrf());
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.total || file.size);
    xhr.onload = () => {
      let data: unknown;
      try {
        data = JSON.parse(xhr.responseText);
      } catch {
        data = undefined;
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(data as ImportOut);
      else reject(new ApiError(xhr.status, (data as { error?: ErrorBody })?.error ?? { code: `http_${xhr.status}`, message: `HTTP ${xhr.status}`, messageEn: `HTTP ${xhr.status}` }));
    };
    xhr.onerror = () => reject(new Error('network'));
    xhr.send(file);
  });
}
