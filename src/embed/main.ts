document.getElementById('app')!.textContent = 'Dateline embed';
