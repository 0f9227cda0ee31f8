document.getElementById('app')!.textContent = 'Dateline';
